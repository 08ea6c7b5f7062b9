/** Saves bytes or text as a file through the browser's download (no server involved). */
export function downloadFile(
	data: Uint8Array<ArrayBuffer> | string,
	name: string,
	type: string
): void {
	const url = URL.createObjectURL(new Blob([data], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// The browser reads the blob asynchronously after the click: release it a little later.
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
