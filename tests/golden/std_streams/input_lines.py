# input() reads the program's standard input a line at a time (the prompt goes to stdout);
# at the end of the input it raises EOFError.
name = input('Your name: ')
count = int(input('How many? '))
print()
print(f'Hello {name}, {count * 2} is twice {count}')
total = 0
while True:
    try:
        line = input()
    except EOFError as e:
        print('EOFError:', e)
        break
    total += len(line)
    print(repr(line))
print('characters', total)
for bad in [lambda: input('a', 'b'), lambda: input(prompt='x')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
