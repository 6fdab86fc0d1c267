"""urllib for the playground: the package of urllib.parse (urllib.request cannot fetch from the
playground: it explains what to use instead)."""
