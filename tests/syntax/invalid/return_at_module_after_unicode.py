# ünïcode comment
s = "naïve"
return s
