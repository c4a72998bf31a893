# A nested function that calls itself recursively refers to itself through a cell.
def count_down_list(n):
    def walk(k):
        if k == 0:
            return [0]
        return [k] + walk(k - 1)
    return walk(n), walk.__code__.co_freevars, count_down_list.__code__.co_cellvars


print(count_down_list(5))
