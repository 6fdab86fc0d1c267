"""subprocess cannot exist in the playground: importing it explains why and what to use."""

raise ImportError('subprocess is not available in the playground: programs run inside the '
                  'browser, which cannot start other programs. To run work concurrently use '
                  'asyncio tasks (asyncio.create_task, asyncio.gather) or asyncio.to_thread.')
