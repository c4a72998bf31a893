# exit() ends the program with status 0 and prints nothing more
print("before")
exit()
print("never")
