//! What the host says of time: the wall clock, and the local zone's offset from UTC
//! at an instant (what C's `localtime` reports as `tm_gmtoff`, which CPython's
//! `datetime.now()` and `fromtimestamp()` read). The browser answers through
//! JavaScript's `Date`; a native build reads the clock from the system and the zone
//! from the TZif file that `TZ` names, else `/etc/localtime`, else takes UTC.
//! Readings enter a run only through [`super::recorded_input`], so replays repeat them.

/// Seconds since the epoch.
#[cfg(not(target_arch = "wasm32"))]
pub fn system_clock() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

/// `wasm32-unknown-unknown` has no clock of its own (asking `std` panics):
/// JavaScript's `Date.now()` is the page's clock.
#[cfg(target_arch = "wasm32")]
pub fn system_clock() -> f64 {
    js_sys::Date::now() / 1000.0
}

/// The local zone's UTC offset in seconds at `seconds` since the epoch (east positive).
#[cfg(target_arch = "wasm32")]
pub fn local_utc_offset(seconds: f64) -> f64 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(seconds * 1000.0));
    let minutes_west = date.get_timezone_offset();
    if minutes_west.is_finite() {
        -minutes_west * 60.0
    } else {
        0.0
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn local_utc_offset(seconds: f64) -> f64 {
    let zone_file = match std::env::var("TZ") {
        Ok(name) if name.trim_start_matches(':').is_empty() => return 0.0,
        Ok(name) => format!("/usr/share/zoneinfo/{}", name.trim_start_matches(':')),
        Err(_) => "/etc/localtime".to_string(),
    };
    match std::fs::read(zone_file) {
        Ok(data) => tzif_offset(&data, seconds).unwrap_or(0) as f64,
        Err(_) => 0.0,
    }
}

/// The UTC offset in force at `seconds` by the version 1 data of a TZif file
/// (RFC 8536): the type of the last transition at or before that instant, or for
/// an instant before every transition the first type. `None` when malformed.
#[cfg(not(target_arch = "wasm32"))]
fn tzif_offset(data: &[u8], seconds: f64) -> Option<i64> {
    if data.get(..4)? != b"TZif" {
        return None;
    }
    let count = |at: usize| -> Option<usize> {
        let bytes: [u8; 4] = data.get(at..at + 4)?.try_into().ok()?;
        Some(u32::from_be_bytes(bytes) as usize)
    };
    let (transitions, types) = (count(32)?, count(36)?);
    let times_at = 44;
    let indices_at = times_at + transitions * 4;
    let types_at = indices_at + transitions;
    let mut chosen = 0usize;
    for index in 0..transitions {
        let bytes: [u8; 4] = data
            .get(times_at + index * 4..)?
            .get(..4)?
            .try_into()
            .ok()?;
        if f64::from(i32::from_be_bytes(bytes)) > seconds {
            break;
        }
        chosen = usize::from(*data.get(indices_at + index)?);
    }
    if chosen >= types {
        return None;
    }
    let bytes: [u8; 4] = data
        .get(types_at + chosen * 6..)?
        .get(..4)?
        .try_into()
        .ok()?;
    Some(i64::from(i32::from_be_bytes(bytes)))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// A TZif file with two transitions: to +3600 at t=100, back to 0 at t=200.
    fn two_transitions() -> Vec<u8> {
        let mut data = b"TZif2".to_vec();
        data.resize(20, 0);
        for count in [0u32, 0, 0, 2, 2, 8] {
            data.extend(count.to_be_bytes());
        }
        data.extend(100i32.to_be_bytes());
        data.extend(200i32.to_be_bytes());
        data.extend([1, 0]);
        data.extend(0i32.to_be_bytes());
        data.extend([0, 0]);
        data.extend(3600i32.to_be_bytes());
        data.extend([1, 4]);
        data.extend(b"UTC\0CET\0");
        data
    }

    #[test]
    fn tzif_offset_follows_the_transitions() {
        let data = two_transitions();
        assert_eq!(tzif_offset(&data, 50.0), Some(0));
        assert_eq!(tzif_offset(&data, 100.0), Some(3600));
        assert_eq!(tzif_offset(&data, 150.5), Some(3600));
        assert_eq!(tzif_offset(&data, 250.0), Some(0));
    }

    #[test]
    fn a_file_that_is_not_tzif_has_no_offset() {
        assert_eq!(tzif_offset(b"TZ", 0.0), None);
        assert_eq!(tzif_offset(&two_transitions()[..50], 150.0), None);
    }
}
