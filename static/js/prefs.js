/* Runs before the page is drawn: low-data mode (a choice kept on this device) hides images
   until the reader taps to load one. */
try {
  if (window.localStorage.getItem("rp-low-data") === "1") {
    document.documentElement.setAttribute("data-low-data", "");
  }
} catch (error) {
  /* Storage may be blocked; the page then shows images as usual. */
}
