# json and non-ASCII text: ensure_ascii escapes, surrogate pairs, and decoding escapes back
import json

words = ["naïve", "日本語", "emoji 🎉", "tab\tand\nnewline", "quote \" and \\"]
for word in words:
    encoded = json.dumps(word)
    print(encoded, json.dumps(word, ensure_ascii=False), json.loads(encoded) == word)
print(json.loads('"\\u00e9\\u65e5\\ud83c\\udf89"'))
print(json.dumps({"ключ": "значение"}), json.dumps({"ключ": "значение"}, ensure_ascii=False))
