# input() at end of input raises EOFError; uncaught it ends the program.
first = input("first: ")
print("got", first)
second = input("second: ")
