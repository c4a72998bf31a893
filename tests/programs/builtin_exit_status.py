# exit(3) ends the program with status 3
def finish():
    print("finishing")
    exit(3)
finish()
print("never")
