"""multiprocessing cannot exist in the playground: importing it explains why and what to use."""

raise ImportError('multiprocessing is not available in the playground: programs run inside '
                  'one browser tab, which cannot start processes. Use asyncio tasks '
                  '(asyncio.create_task, asyncio.gather) or asyncio.to_thread instead.')
