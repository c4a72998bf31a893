# statistics.mode and multimode on words and letters; median_low and median_high on names
import statistics

words = "to be or not to be that is the question".split()
print(statistics.mode(words), statistics.multimode(words))
print(statistics.mode("mississippi"), statistics.multimode("mississippi"))
names = ["eve", "ann", "cy", "bob"]
print(statistics.median_low(names), statistics.median_high(names))
print(statistics.mode([1, 1, 2, 2]), statistics.multimode([]))
