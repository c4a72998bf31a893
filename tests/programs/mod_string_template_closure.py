# string.Template in a closure: a message factory that remembers its template and defaults
from string import Template


def messenger(pattern, **defaults):
    template = Template(pattern)

    def send(**values):
        merged = dict(defaults)
        merged.update(values)
        return template.safe_substitute(merged)

    return send


welcome = messenger("Hello $name, welcome to $place!", place="Cellscope")
print(welcome(name="Ada"))
print(welcome(name="Bob", place="the lab"))
print(welcome())
receipt = messenger("${qty}x $item = $$${total}")
print(receipt(qty=3, item="pens", total="4.50"))
