# Mutually recursive functions found through the module globals at call time.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print([is_even(n) for n in range(6)], is_odd(7))


def hanoi(n, source, target, spare, moves):
    if n:
        hanoi(n - 1, source, spare, target, moves)
        moves.append((source, target))
        hanoi(n - 1, spare, target, source, moves)
    return moves


print(len(hanoi(6, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
