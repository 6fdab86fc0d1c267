"""readline cannot exist in the playground: importing it explains why and what to use."""

raise ImportError('readline is not available in the playground: programs here have no '
                  "interactive terminal. Use input() with the CLI's standard input, or write "
                  'the values into the program.')
