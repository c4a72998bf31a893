# string constants and capwords, as a password checker and a title formatter use them
import string

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace))
print(string.punctuation)
print(len(string.printable), string.printable[:20])


def uses(password, alphabet):
    for ch in password:
        if ch in alphabet:
            return True
    return False


def strength(password):
    groups = [string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation]
    return sum([uses(password, group) for group in groups])


for candidate in ["hello", "Hello1", "He!lo1x"]:
    print(candidate, strength(candidate))

print(string.capwords("the quick  brown\tfox"))
print(string.capwords("a-b-c", "-"))
table = str.maketrans("", "", string.punctuation)
print("Hello, world! (really?)".translate(table))
caesar = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
print("attack at dawn".translate(caesar))
