# is* predicates.
samples = ["123", "abc", "abc123", "   ", "", "Hello", "HELLO", "hello", "12.5", "-3", "a_b", "x1"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(),
          s.islower(), s.isnumeric(), s.isdecimal(), s.isidentifier())
