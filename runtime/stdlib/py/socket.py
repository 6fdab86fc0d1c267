"""socket cannot exist in the playground: importing it explains why and what to use."""

raise ImportError('socket is not available in the playground: programs run inside the '
                  'browser, which cannot open network connections of its own. Use asyncio '
                  'streams (asyncio.open_connection, asyncio.start_server) or aiohttp, which '
                  'talk to the playground\'s simulated network.')
