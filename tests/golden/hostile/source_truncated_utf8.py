# A truncated UTF-8 sequence at the very end of the source (issue 16).
print("never printed")  # â‚