"""secrets for the playground, written in Python: token_bytes, token_hex, token_urlsafe, choice,
randbelow, randbits and compare_digest, as CPython 3.11 - except that the playground is
deterministic: the values come from a private random.Random seeded with 0 when secrets is first
imported (CPython reads the operating system's secure source), so a run gives the same tokens
every time and the program's own `random` numbers are not disturbed. Nothing here is secret."""

import base64 as _base64
import random as _random
from hmac import compare_digest

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']

DEFAULT_ENTROPY = 32
_generator = _random.Random(0)


def SystemRandom(*args, **kwargs):
    raise NotImplementedError('secrets.SystemRandom is not supported in the playground')


def randbits(k):
    """An int with k random bits."""
    return _generator.getrandbits(k)


def choice(seq):
    """A random element of the non-empty sequence seq."""
    return _generator.choice(seq)


def randbelow(exclusive_upper_bound):
    """A random int in [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    # Random._randbelow_with_getrandbits: draw bit_length bits until below the bound
    k = exclusive_upper_bound.bit_length()
    r = _generator.getrandbits(k)
    while r >= exclusive_upper_bound:
        r = _generator.getrandbits(k)
    return r


def token_bytes(nbytes=None):
    """nbytes random bytes (32 when nbytes is None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    # Random.randbytes: getrandbits(8n) as little-endian bytes
    return _generator.getrandbits(nbytes * 8).to_bytes(nbytes, 'little')


def token_hex(nbytes=None):
    """nbytes random bytes as 2*nbytes hexadecimal digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """nbytes random bytes in URL-safe base64, without padding."""
    tok = token_bytes(nbytes)
    return _base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')
