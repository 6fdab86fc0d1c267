# an uncaught UnicodeDecodeError: the traceback as CPython prints it
data = 'naïve'.encode('latin-1')
print(data, len(data))
text = data.decode('utf-8')
print(text)
