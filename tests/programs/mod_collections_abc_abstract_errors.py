# Instantiating an ABC (or a subclass) with abstract methods left raises CPython's TypeError, naming them in order
from collections.abc import Mapping, Sequence, Iterator, MutableMapping, Sized

class Half(Mapping):
    def __getitem__(self, key):
        return key

class OnlyLen(Sized):
    def __len__(self):
        return 0

for cls in (Half, Sequence, Iterator, MutableMapping, Sized):
    try:
        cls()
    except TypeError as e:
        print(e)
print(len(OnlyLen()), sorted(MutableMapping.__abstractmethods__))
Half()
