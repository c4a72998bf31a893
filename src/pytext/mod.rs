//! Python's text algorithms: reprs, number formatting, format specs and str methods.
