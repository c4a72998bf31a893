# stripping tags and pulling links with lazy quantifiers and groups, as tutorials do
import re

html = '<p>See <a href="https://a.example">A</a> and <a href="/b">B&amp;C</a>.</p>'
print(re.sub(r"<[^>]+>", "", html))
print(re.findall(r'<a href="(.*?)">(.*?)</a>', html))
print(re.sub(r"<(/?)(\w+)[^>]*>", r"[\1\2]", html))
print(re.search(r"<a .*>", html).group()[:20], re.search(r"<a .*?>", html).group())
