/**
 * The workspace key pair (ECDSA P-256, WebCrypto). The public key goes into the workspace
 * document, where the relay pins it; the private key stays on the device, not extractable,
 * and will sign the relay tokens (ARCHITECTURE.md, Security).
 */
export async function generateWorkspaceKeys(): Promise<{
	publicKey: JsonWebKey;
	privateKey: CryptoKey;
}> {
	const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
		'sign',
		'verify'
	]);
	return {
		publicKey: await crypto.subtle.exportKey('jwk', pair.publicKey),
		privateKey: pair.privateKey
	};
}
