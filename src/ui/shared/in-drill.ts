// A reload in the middle of a drill goes straight back into it (this
// tab was drilling); a new visit offers it in the library instead.
const IN_DRILL = 'kohu:in-drill';
export function tabFlag(on?: boolean): boolean {
  try {
    if (on === true) sessionStorage.setItem(IN_DRILL, '1');
    else if (on === false) sessionStorage.removeItem(IN_DRILL);
    return sessionStorage.getItem(IN_DRILL) === '1';
  } catch {
    return false;
  }
}
