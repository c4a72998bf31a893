# coding: klingon
# An encoding the codec registry does not know is an encoding problem.
print(1)
