# A closure that draws ids from an itertools.count held in a cell.
import itertools


def make_labeler(prefix):
    ids = itertools.count(1)

    def label(item):
        return f"{prefix}{next(ids)}:{item}"

    return label


label = make_labeler("#")
print([label(x) for x in "abc"])
print(label.__code__.co_freevars)
