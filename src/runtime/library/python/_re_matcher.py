"""The matcher behind the re module: runs a compiled pattern's instructions.

Choice points go on an explicit stack, tried in the order CPython's sre tries
alternatives and quantifiers, so long subjects need no deep recursion.
"""

# The flags the matcher tests, as plain ints (the same values as re's).
_IGNORECASE, _MULTILINE, _ASCII = 2, 8, 256

# Instruction opcodes, as tuples (opcode, operands...).
_CHAR, _ANY, _CLASS, _SPLIT, _JUMP, _SAVE, _MATCH, _ASSERT, _BACKREF, _LOOK, \
    _MARK, _PROGRESS = range(12)


def _is_word(ch, ascii_only):
    if ascii_only:
        return ch == '_' or ('a' <= ch <= 'z') or ('A' <= ch <= 'Z') or ('0' <= ch <= '9')
    return ch.isalnum() or ch == '_'


def _class_matches(items, negated, ch, flags):
    found = _in_items(items, ch, flags)
    if not found and flags & _IGNORECASE:
        found = _in_items(items, ch.lower(), flags) or _in_items(items, ch.upper(), flags)
    return found != negated


def _in_items(items, ch, flags):
    ascii_only = flags & _ASCII
    for item in items:
        kind = item[0]
        if kind == 'char':
            if ch == item[1]:
                return True
        elif kind == 'range':
            if item[1] <= ch <= item[2]:
                return True
        elif _category(kind, ch, ascii_only):
            return True
    return False


def _category(kind, ch, ascii_only):
    if kind == 'digit':
        return ('0' <= ch <= '9') if ascii_only else ch.isdecimal()
    if kind == 'notdigit':
        return not _category('digit', ch, ascii_only)
    if kind == 'word':
        return _is_word(ch, ascii_only)
    if kind == 'notword':
        return not _is_word(ch, ascii_only)
    if kind == 'space':
        return ch in ' \t\n\r\f\v' if ascii_only else ch.isspace() or ch in '\x1c\x1d\x1e\x1f'
    if kind == 'notspace':
        return not _category('space', ch, ascii_only)
    return False


def _assertion(kind, string, pos, end, flags):
    if kind == 'bol':
        return pos == 0 or (flags & _MULTILINE and string[pos - 1] == '\n')
    if kind == 'eol':
        if flags & _MULTILINE:
            return pos == end or string[pos] == '\n'
        return pos == end or (pos == end - 1 and string[pos] == '\n')
    if kind == 'start':
        return pos == 0
    if kind == 'end':
        return pos == end
    ascii_only = flags & _ASCII
    before = pos > 0 and _is_word(string[pos - 1], ascii_only)
    after = pos < end and _is_word(string[pos], ascii_only)
    if kind == 'boundary':
        return before != after
    return before == after


def run(code, string, start, end, flags, must_advance=False):
    # Runs the program anchored at `start`; returns the group marks or None. Choice
    # points are pushed on an explicit stack: (pc, pos, marks, progress).
    program = code.instructions
    stack = [(0, start, (None,) * (2 * code.groups + 2), (None,) * code.loops)]
    while stack:
        pc, pos, marks, progress = stack.pop()
        while True:
            op = program[pc]
            code = op[0]
            if code == _CHAR:
                if pos < end and (string[pos] == op[1] or (
                        flags & _IGNORECASE and string[pos].lower() == op[1].lower())):
                    pos += 1
                    pc += 1
                    continue
                break
            if code == _ANY:
                if pos < end and (op[1] or string[pos] != '\n'):
                    pos += 1
                    pc += 1
                    continue
                break
            if code == _CLASS:
                if pos < end and _class_matches(op[1], op[2], string[pos], flags):
                    pos += 1
                    pc += 1
                    continue
                break
            if code == _SPLIT:
                stack.append((op[2], pos, marks, progress))
                pc = op[1]
                continue
            if code == _JUMP:
                pc = op[1]
                continue
            if code == _SAVE:
                slot = op[1]
                marks = marks[:slot] + (pos,) + marks[slot + 1:]
                pc += 1
                continue
            if code == _MATCH:
                if must_advance and pos == start:
                    break
                return (start, pos) + marks[2:]
            if code == _ASSERT:
                if _assertion(op[1], string, pos, end, flags):
                    pc += 1
                    continue
                break
            if code == _BACKREF:
                group_start, group_end = marks[2 * op[1]], marks[2 * op[1] + 1]
                if group_start is None or group_end is None:
                    break
                text = string[group_start:group_end]
                candidate = string[pos:pos + len(text)]
                if candidate == text or (flags & _IGNORECASE and candidate.lower() == text.lower()):
                    pos += len(text)
                    pc += 1
                    continue
                break
            if code == _LOOK:
                sub, negate, width = op[1], op[2], op[3]
                if width is None:
                    found = run(sub, string, pos, end, flags)
                else:
                    found = None
                    if pos - width >= 0:
                        found = run(sub, string, pos - width, end, flags)
                        if found is not None and found[1] != pos:
                            found = None
                if (found is None) != negate:
                    break
                if found is not None and not negate:
                    merged = list(marks)
                    for slot in range(2, len(marks)):
                        if found[slot] is not None:
                            merged[slot] = found[slot]
                    marks = tuple(merged)
                pc += 1
                continue
            if code == _MARK:
                progress = progress[:op[1]] + (pos,) + progress[op[1] + 1:]
                pc += 1
                continue
            if code == _PROGRESS:
                # An iteration that matched the empty string is kept (with its groups)
                # but ends the loop, as in sre.
                pc = op[2] if progress[op[1]] == pos else pc + 1
                continue
            break
    return None


def search(code, string, pos, endpos, flags, anchored, must_advance=False):
    # The first match starting at pos or later (only at pos when anchored).
    start = pos
    while start <= endpos:
        found = run(code, string, start, endpos, flags, must_advance and start == pos)
        if found is not None:
            return found
        if anchored:
            return None
        start += 1
    return None


ASSERT = _ASSERT
MATCH = _MATCH
