"""mmap cannot exist in the playground: importing it explains why and what to use."""

raise ImportError('mmap is not available in the playground: its simulated file system has no '
                  'memory mapping. Use open() and read() or aiofiles.')
