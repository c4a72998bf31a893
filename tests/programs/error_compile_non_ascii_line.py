# A syntax error on a line with non-ASCII text: the caret counts characters, not bytes.
message = "héllo wörld"
résultat = (message +)
