x = "日本"
y = 'abc
