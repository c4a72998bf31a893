# string.Template: $name and ${name}, $$, substitute with a dict or keywords, safe_substitute
from string import Template

letter = Template("Dear $name,\nyour order #${order}A of $$${amount} has shipped.")
print(letter.substitute(name="Ada", order=42, amount="9.99"))
print(letter.substitute({"name": "Bob", "order": 7, "amount": 5}, name="Bea"))
print(letter.safe_substitute(name="Cy"))
print(letter.get_identifiers(), letter.is_valid())
print(letter.template.count("$"))

try:
    letter.substitute(name="Dee")
except KeyError as error:
    print("missing", error)

for broken in ["costs $5", "line one\nbad $ here", "${unclosed", "ok $name"]:
    template = Template(broken)
    print(repr(broken), template.is_valid(), template.safe_substitute(name="N"))
    try:
        print(template.substitute(name="N"))
    except ValueError as error:
        print("ValueError:", error)


class Percent(Template):
    delimiter = "%"


print(Percent("100%% sure, %who").substitute(who="me"))
