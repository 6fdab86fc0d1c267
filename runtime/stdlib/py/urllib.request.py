"""urllib.request cannot reach a network from the playground: importing it says what to use."""

raise ImportError('urllib.request is not available in the playground: programs run without a '
                  'network. Use aiohttp, httpx or requests, which the playground simulates on the '
                  'virtual clock, or urllib.parse to build and split URLs.')
