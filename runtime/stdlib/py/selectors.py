"""selectors cannot exist in the playground: importing it explains why and what to use."""

raise ImportError('selectors is not available in the playground: there are no file '
                  'descriptors to wait on. The event loop does the waiting: use asyncio '
                  '(await streams, asyncio.wait, asyncio.wait_for).')
