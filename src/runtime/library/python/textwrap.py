"""Text wrapping and filling: wrap, fill, shorten, dedent, indent and TextWrapper.

Text is cut into chunks (runs of whitespace, and words, split after the hyphen of a
hyphenated word), and the chunks are laid into lines of at most `width` characters,
by the same rules as CPython's textwrap.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(ch):
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    # A word character that is not a digit, as the pattern [^\d\W].
    return _is_word_char(ch) and not ch.isdigit()


def _is_word_punct(ch):
    return _is_word_char(ch) or ch in '!"\'&.,?'


def _dashes_then_word(text, i):
    # Whether text[i:] starts with two or more hyphens followed by a word character.
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    return j - i >= 2 and j < len(text) and _is_word_char(text[j])


def _hyphen_breaks_after(text, i):
    # Whether a word may end with the hyphen at text[i]: it follows two letters, or a
    # letter, a hyphen and a letter, and a letter (optionally after a hyphen and
    # before another letter) comes next.
    before = text[max(0, i - 3):i]
    after_letters = (len(before) >= 2 and _is_letter(before[-1]) and _is_letter(before[-2])) \
        or (len(before) == 3 and _is_letter(before[0]) and before[1] == '-'
            and _is_letter(before[2]))
    if not after_letters:
        return False
    rest = text[i + 1:i + 4]
    if len(rest) >= 2 and _is_letter(rest[0]) and _is_letter(rest[1]):
        return True
    return len(rest) >= 3 and _is_letter(rest[0]) and rest[1] == '-' and _is_letter(rest[2])


def _word_end(text, start):
    # The end of the word chunk starting at `start`: the shortest run of non-space
    # characters that ends after a breaking hyphen, before whitespace or the end, or
    # before an em-dash.
    end = start + 1
    while True:
        previous = text[end - 1]
        if end < len(text) and text[end] == '-' and _hyphen_breaks_after(text, end):
            return end + 1
        if end >= len(text) or text[end] in _whitespace:
            return end
        if _is_word_punct(previous) and _dashes_then_word(text, end):
            return end
        end += 1


def _split_words(text):
    chunks = []
    i = 0
    while i < len(text):
        if text[i] in _whitespace:
            j = i
            while j < len(text) and text[j] in _whitespace:
                j += 1
        elif text[i] == '-' and i > 0 and _is_word_punct(text[i - 1]) \
                and _dashes_then_word(text, i):
            j = i
            while text[j] == '-':
                j += 1
        else:
            j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_on_whitespace(text):
    chunks = []
    i = 0
    while i < len(text):
        j = i
        in_space = text[i] in _whitespace
        while j < len(text) and (text[j] in _whitespace) == in_space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # A lowercase letter, then . ! or ?, then maybe a quote, at the chunk's end.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Object for wrapping/filling text."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for ch in _whitespace:
                text = text.replace(ch, ' ')
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _split_words(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _check_width(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

    def _wrap_chunks(self, chunks):
        self._check_width()
        lines = []
        chunks.reverse()
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            cur_line = []
            cur_len = 0
            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if self._fits(lines, chunks, cur_len, width):
                lines.append(indent + ''.join(cur_line))
                continue
            self._end_with_placeholder(lines, cur_line, cur_len, width, indent)
            break
        return lines

    def _fits(self, lines, chunks, cur_len, width):
        # Whether the line is not the last that max_lines allows, or nothing is left.
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        nothing_left = not chunks or (self.drop_whitespace and len(chunks) == 1
                                      and not chunks[0].strip())
        return nothing_left and cur_len <= width

    def _end_with_placeholder(self, lines, cur_line, cur_len, width, indent):
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + ''.join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            prev_line = lines[-1].rstrip()
            if len(prev_line) + len(self.placeholder) <= self.width:
                lines[-1] = prev_line + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return [chunk for chunk in self._split(self._munge_whitespace(text)) if chunk]

    def wrap(self, text):
        """Split text into lines of at most self.width characters, without newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The lines of wrap(text) joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    end = 0
    while end < len(line) and line[end] in ' \t':
        end += 1
    return line[:end]


def dedent(text):
    """Remove any common leading whitespace from every line in text.

    Lines of only spaces and tabs are made empty first and do not count.
    """
    lines = text.split('\n')
    for index, line in enumerate(lines):
        if line and not line.strip(' \t'):
            lines[index] = ''
    margin = None
    for line in lines:
        if not line:
            continue
        blanks = _leading_blanks(line)
        if margin is None or margin.startswith(blanks):
            margin = blanks
        elif not blanks.startswith(margin):
            common = 0
            while margin[common] == blanks[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the beginning of selected lines in text.

    By default, every line that is not only whitespace gets the prefix.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join([prefix + line if predicate(line) else line
                    for line in text.splitlines(True)])
