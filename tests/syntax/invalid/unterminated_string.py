name = "é"
s = "abc
