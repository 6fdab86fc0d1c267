# An unknown name in a \N{...} escape is a SyntaxError (CPython's unicode error).
print("before")
label = "caf\u00e9 \N{NOT A REAL CHARACTER NAME}"
