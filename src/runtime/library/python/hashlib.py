"""Secure hashes and message digests: md5, sha1, sha256 and sha512.

Each constructor returns a hash object; update() feeds it bytes, and digest() or
hexdigest() give the digest of everything fed so far.
"""

import _hashlib

__all__ = ('md5', 'sha1', 'sha256', 'sha512', 'new', 'algorithms_guaranteed',
           'algorithms_available')

# name: (digest function, digest size, block size)
_ALGORITHMS = {
    'md5': (_hashlib.md5, 16, 64),
    'sha1': (_hashlib.sha1, 20, 64),
    'sha256': (_hashlib.sha256, 32, 64),
    'sha512': (_hashlib.sha512, 64, 128),
}

algorithms_guaranteed = frozenset(_ALGORITHMS)
algorithms_available = frozenset(_ALGORITHMS)


def _check_bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if not isinstance(data, bytes):
        raise TypeError("object supporting the buffer API required")


class HASH:
    """A hash object: the bytes fed to it so far and the algorithm's name."""

    __module__ = '_hashlib'

    def __init__(self, name, data=b''):
        self.name = name
        self._digest, self.digest_size, self.block_size = _ALGORITHMS[name]
        self._data = b''
        if data:
            self.update(data)

    def update(self, data):
        """Update this hash object's state with the provided bytes."""
        _check_bytes(data)
        self._data += data

    def digest(self):
        """Return the digest value as a bytes object."""
        return self._digest(self._data)

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return self._digest(self._data).hex()

    def copy(self):
        """Return a copy of the hash object."""
        twin = HASH(self.name)
        twin._data = self._data
        return twin


def new(name, data=b'', **kwargs):
    """Return a new hash object using the named algorithm."""
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not " + type(name).__name__)
    if name.lower() not in _ALGORITHMS:
        raise ValueError('unsupported hash type ' + name)
    return HASH(name.lower(), data)


def md5(string=b'', *, usedforsecurity=True):
    return HASH('md5', string)


def sha1(string=b'', *, usedforsecurity=True):
    return HASH('sha1', string)


def sha256(string=b'', *, usedforsecurity=True):
    return HASH('sha256', string)


def sha512(string=b'', *, usedforsecurity=True):
    return HASH('sha512', string)
