"""counterpoint's data: extraction (store.extract) and the library on disk."""
