# A BOM and characters of every UTF-8 length are fine.
print("é € 🐍")
