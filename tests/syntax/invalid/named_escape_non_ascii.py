x = "é\N{SNOWMAN}\N{é}"
