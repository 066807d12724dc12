/**
 * Known server bugs the client works around, keyed by the server's SSH software version
 * (the `dropbear_2022.83` part of `SSH-2.0-dropbear_2022.83`).
 *
 * dropbear 2022.82 to 2024.85 close a new channel before its exec request arrives when another
 * channel's process exits at that moment, then abort the whole connection on the assertion
 * `!channel->sent_close` (dropbear issue #321, fixed in 2024.86). Debian 12 ships 2022.83. Running one
 * command at a time per connection avoids the race.
 */
export function needsSerialChannels(software: string | undefined): boolean {
  const m = /^dropbear_(\d{4})\.(\d+)/.exec(software ?? '');
  if (!m) return false;
  const year = Number(m[1]);
  const release = Number(m[2]);
  return year < 2024 || (year === 2024 && release < 86);
}
