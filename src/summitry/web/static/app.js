// summitry UI: the only script. Filters submit on change; pages work without it.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("form[data-autosubmit] select").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
  // Jumping to a highlight from the side list moves focus there, for keyboard and reader users.
  document.querySelectorAll("a.jump").forEach(function (link) {
    link.addEventListener("click", function () {
      var target = document.getElementById(link.getAttribute("href").slice(1));
      if (target) { setTimeout(function () { target.focus(); }, 0); }
    });
  });
  // /docs "Try it": fill the path parameters in, send the others as the query, show the answer.
  document.querySelectorAll("form.try-it").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var path = form.getAttribute("data-path");
      var query = new URLSearchParams();
      form.querySelectorAll("input").forEach(function (input) {
        var value = input.value.trim();
        if (input.getAttribute("data-in") === "path") {
          path = path.replace("{" + input.name + "}", encodeURIComponent(value));
        } else if (value) {
          query.append(input.name, value);
        }
      });
      var url = path + (query.toString() ? "?" + query.toString() : "");
      var out = form.parentNode.querySelector(".try-result");
      out.textContent = "GET " + url + " …";
      fetch(url, { headers: { Accept: "application/json" } }).then(function (response) {
        return response.text().then(function (text) {
          var shown = text;
          try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { /* not JSON */ }
          out.textContent = "GET " + url + "\n" + response.status + " " + response.statusText + "\n\n" + shown;
        });
      }).catch(function (error) { out.textContent = "GET " + url + " failed: " + error; });
    });
  });
  // "copy citation": the text of data-copy to the clipboard, then "copied" on the button.
  document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      copyText(button.getAttribute("data-copy")).then(function () {
        button.classList.add("copied");
        button.textContent = "copied";
      });
    });
  });
});

// The clipboard API where the page is a secure context (https, localhost), else the older
// select-and-copy of a hidden text area.
function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    return navigator.clipboard.writeText(text);
  }
  var area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.className = "visually-hidden";
  document.body.appendChild(area);
  area.select();
  document.execCommand("copy");
  document.body.removeChild(area);
  return Promise.resolve();
}
