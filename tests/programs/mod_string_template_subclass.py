# subclassing string.Template: another delimiter; errors name the line and column
import string


class Dollarless(string.Template):
    delimiter = "#"


t = Dollarless("Hi #name, you owe #{amount} (## is a hash)")
print(t.substitute(name="Ann", amount=5), t.get_identifiers())
multi = string.Template("ok $a\nbad $ here")
try:
    multi.substitute(a=1)
except ValueError as error:
    print(error)
print(multi.safe_substitute(a=1))
