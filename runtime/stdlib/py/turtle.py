"""turtle cannot exist in the playground: importing it explains why and what to use."""

raise ImportError('turtle is not available in the playground: the page draws its own window '
                  'and a program cannot open a drawing canvas. Show results with print(); the '
                  'timeline and the panels show what the event loop did.')
