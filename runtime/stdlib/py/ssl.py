"""ssl cannot exist in the playground: importing it explains why and what to use."""

raise ImportError('ssl is not available in the playground: its simulated network has no '
                  'encryption layer. Leave out ssl contexts: aiohttp, httpx and requests '
                  'accept https:// addresses of the simulated servers without them.')
