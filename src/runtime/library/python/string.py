"""A collection of string constants, capwords() and the Template class.

Template strings substitute $name and ${name} placeholders; $$ is a literal $.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word, and join them with sep (a space if None)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_IDENTIFIER_START = '_' + ascii_letters
_IDENTIFIER_REST = _IDENTIFIER_START + digits


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        # Yields (start, end, kind, name) for each `$` placeholder, in order; kind is
        # 'escaped' ($$), 'named' ($name or ${name}) or 'invalid', as CPython's pattern
        # of alternatives matches them (identifiers are ASCII only).
        text = self.template
        delimiter = self.delimiter
        i = text.find(delimiter)
        while i >= 0:
            j = i + len(delimiter)
            if text.startswith(delimiter, j):
                yield i, j + len(delimiter), 'escaped', None
                i = text.find(delimiter, j + len(delimiter))
                continue
            name_end = _identifier_end(text, j)
            if name_end > j:
                yield i, name_end, 'named', text[j:name_end]
                i = text.find(delimiter, name_end)
                continue
            if text.startswith('{', j):
                name_end = _identifier_end(text, j + 1)
                if name_end > j + 1 and text.startswith('}', name_end):
                    yield i, name_end + 1, 'named', text[j + 1:name_end]
                    i = text.find(delimiter, name_end + 1)
                    continue
            yield i, j, 'invalid', None
            i = text.find(delimiter, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _substitute(self, mapping, safe):
        pieces = []
        last = 0
        for start, end, kind, name in self._placeholders():
            pieces.append(self.template[last:start])
            last = end
            if kind == 'escaped':
                pieces.append(self.delimiter)
            elif kind == 'named':
                if safe:
                    try:
                        pieces.append(str(mapping[name]))
                    except KeyError:
                        pieces.append(self.template[start:end])
                else:
                    pieces.append(str(mapping[name]))
            elif safe:
                pieces.append(self.template[start:end])
            else:
                self._invalid(end)
        pieces.append(self.template[last:])
        return ''.join(pieces)

    def substitute(self, mapping=None, /, **kws):
        return self._substitute(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._substitute(_merge(mapping, kws), True)

    def is_valid(self):
        for start, end, kind, name in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._placeholders():
            if kind == 'named' and name not in ids:
                ids.append(name)
        return ids


def _identifier_end(text, start):
    if start >= len(text) or text[start] not in _IDENTIFIER_START:
        return start
    end = start + 1
    while end < len(text) and text[end] in _IDENTIFIER_REST:
        end += 1
    return end


class _ChainedMapping:
    # The keywords first, then the mapping, as CPython's ChainMap(kws, mapping).
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        return _ChainedMapping(kws, mapping)
    return mapping

