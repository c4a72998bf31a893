"""Fast implementation of the datetime type."""

from _datetime_calendar import MAXYEAR, MINYEAR
from _datetime_timedelta import timedelta
from _datetime_timezone import timezone, tzinfo
from _datetime_date import IsoCalendarDate, date
from _datetime_time import time
from _datetime_datetime import datetime

UTC = timezone.utc

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")
