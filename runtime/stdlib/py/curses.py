"""curses cannot exist in the playground: importing it explains why and what to use."""

raise ImportError("curses is not available in the playground: the console shows a program's "
                  'output line by line and has no terminal screen to draw on. Use print().')
